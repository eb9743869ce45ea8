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
	addi	sp,sp,-64
	sd	s0,56(sp)
	addi	s0,sp,64
	sd	a0,-56(s0)
	sd	a1,-64(s0)
	sw	zero,-20(s0)
	ld	a5,-56(s0)
	lbu	a5,0(a5)
	mv	a4,a5
	li	a5,43
	beq	a4,a5,.L2
	ld	a5,-56(s0)
	lbu	a5,0(a5)
	mv	a4,a5
	li	a5,45
	bne	a4,a5,.L3
.L2:
	ld	a5,-56(s0)
	addi	a4,a5,1
	sd	a4,-56(s0)
	lbu	a5,0(a5)
	sext.w	a4,a5
	li	a5,45
	sub	a5,a4,a5
	seqz	a5,a5
	andi	a5,a5,0xff
	sw	a5,-20(s0)
.L3:
	ld	a5,-56(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L4
	li	a5,0
	j	.L5
.L4:
	lw	a5,-20(s0)
	sext.w	a5,a5
	beq	a5,zero,.L6
	li	a5,-1
	slli	a5,a5,63
	j	.L7
.L6:
	li	a5,-1
	srli	a5,a5,1
.L7:
	sd	a5,-40(s0)
	sd	zero,-32(s0)
	j	.L8
.L12:
	ld	a5,-56(s0)
	lbu	a5,0(a5)
	mv	a4,a5
	li	a5,47
	bleu	a4,a5,.L9
	ld	a5,-56(s0)
	lbu	a5,0(a5)
	mv	a4,a5
	li	a5,57
	bleu	a4,a5,.L10
.L9:
	li	a5,0
	j	.L5
.L10:
	ld	a5,-56(s0)
	lbu	a5,0(a5)
	sext.w	a5,a5
	addiw	a5,a5,-48
	sext.w	a5,a5
	sd	a5,-48(s0)
	ld	a4,-40(s0)
	ld	a5,-48(s0)
	sub	a4,a4,a5
	li	a5,10
	divu	a5,a4,a5
	ld	a4,-32(s0)
	bleu	a4,a5,.L11
	li	a5,0
	j	.L5
.L11:
	ld	a4,-32(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,1
	mv	a4,a5
	ld	a5,-48(s0)
	add	a5,a5,a4
	sd	a5,-32(s0)
	ld	a5,-56(s0)
	addi	a5,a5,1
	sd	a5,-56(s0)
.L8:
	ld	a5,-56(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L12
	lw	a5,-20(s0)
	sext.w	a5,a5
	beq	a5,zero,.L13
	ld	a5,-32(s0)
	neg	a5,a5
	j	.L14
.L13:
	ld	a5,-32(s0)
.L14:
	ld	a4,-64(s0)
	sd	a5,0(a4)
	li	a5,1
.L5:
	mv	a0,a5
	ld	s0,56(sp)
	addi	sp,sp,64
	jr	ra
	.size	parse_long, .-parse_long
	.section	.note.GNU-stack,"",@progbits
