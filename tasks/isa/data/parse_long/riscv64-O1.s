	.file	"parse_long.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	parse_long
	.type	parse_long, @function
parse_long:
	mv	a5,a0
	lbu	a3,0(a0)
	addiw	a4,a3,-43
	andi	a4,a4,253
	beq	a4,zero,.L15
	li	a0,0
	beq	a3,zero,.L13
	mv	a2,a5
	mv	a5,a3
	li	t1,0
	li	a0,-1
	srli	a0,a0,1
	j	.L4
.L15:
	addi	a2,a0,1
	lbu	a5,1(a0)
	li	a0,0
	beq	a5,zero,.L13
	li	a4,45
	li	t1,1
	li	a0,-1
	slli	a0,a0,63
	bne	a3,a4,.L16
.L4:
	li	a3,0
	li	a6,9
	li	a7,10
.L5:
	addiw	a4,a5,-48
	andi	a4,a4,0xff
	bgtu	a4,a6,.L10
	addiw	a5,a5,-48
	sub	a4,a0,a5
	divu	a4,a4,a7
	bltu	a4,a3,.L11
	slli	a4,a3,2
	add	a4,a4,a3
	slli	a4,a4,1
	add	a3,a4,a5
	addi	a2,a2,1
	lbu	a5,0(a2)
	bne	a5,zero,.L5
	mv	a5,a3
	beq	t1,zero,.L7
	neg	a5,a3
.L7:
	sd	a5,0(a1)
	li	a0,1
	ret
.L16:
	addi	a3,a3,-45
	seqz	t1,a3
	li	a0,-1
	srli	a0,a0,1
	j	.L4
.L10:
	li	a0,0
	ret
.L11:
	li	a0,0
	ret
.L13:
	ret
	.size	parse_long, .-parse_long
	.section	.note.GNU-stack,"",@progbits
