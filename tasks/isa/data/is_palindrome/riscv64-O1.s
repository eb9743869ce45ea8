	.file	"is_palindrome.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	is_palindrome
	.type	is_palindrome, @function
is_palindrome:
	addi	sp,sp,-16
	sd	ra,8(sp)
	sd	s0,0(sp)
	mv	s0,a0
	call	strlen@plt
	beq	a0,zero,.L9
	li	a3,0
	li	a1,25
	li	a6,9
	j	.L8
.L3:
	addi	a0,a0,-1
	add	a5,s0,a0
	lbu	a2,0(a5)
	andi	a5,a2,-33
	addiw	a5,a5,-65
	andi	a5,a5,0xff
	bleu	a5,a1,.L5
	addiw	a5,a2,-48
	andi	a5,a5,0xff
	bgtu	a5,a6,.L4
.L5:
	addiw	a5,a4,-65
	andi	a5,a5,0xff
	bgtu	a5,a1,.L6
	addiw	a4,a4,32
	andi	a4,a4,0xff
.L6:
	addiw	a5,a2,-65
	andi	a5,a5,0xff
	bgtu	a5,a1,.L7
	addiw	a2,a2,32
	andi	a2,a2,0xff
.L7:
	bne	a2,a4,.L10
	addi	a3,a3,1
.L4:
	bgeu	a3,a0,.L13
.L8:
	add	a5,s0,a3
	lbu	a4,0(a5)
	andi	a5,a4,-33
	addiw	a5,a5,-65
	andi	a5,a5,0xff
	bleu	a5,a1,.L3
	addiw	a5,a4,-48
	andi	a5,a5,0xff
	bleu	a5,a6,.L3
	addi	a3,a3,1
	j	.L4
.L13:
	li	a0,1
.L2:
	ld	ra,8(sp)
	ld	s0,0(sp)
	addi	sp,sp,16
	jr	ra
.L9:
	li	a0,1
	j	.L2
.L10:
	li	a0,0
	j	.L2
	.size	is_palindrome, .-is_palindrome
	.section	.note.GNU-stack,"",@progbits
